# Todoku: build with the Maven wrapper, run on a JRE as a non-root user.
#   docker build -t todoku .
#   docker run -p 8080:8080 -v todoku-data:/app/data -e TODOKU_ADMIN_PASSWORD=... todoku

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Dependencies first, so a source change does not download them again.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl only for the HEALTHCHECK; the JRE image does not reliably ship one.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin todoku \
    && mkdir -p /app/data \
    && chown -R todoku:todoku /app
WORKDIR /app
COPY --from=build --chown=todoku:todoku /src/target/todoku.jar /app/todoku.jar
USER todoku
# The embedded H2 database lives in ./data, i.e. /app/data; keep it on a volume.
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/todoku.jar"]
