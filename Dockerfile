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
# The class-data-sharing archive must be made by the JVM that runs it: trained below, not here.
RUN ./mvnw -B -q -DskipTests -Dtodoku.cds.skip=true package

FROM eclipse-temurin:17-jre
# curl only for the HEALTHCHECK; the JRE image does not reliably ship one.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin todoku \
    && mkdir -p /app/data \
    && chown -R todoku:todoku /app
WORKDIR /app
# The extracted jar (application jar + lib/) and the JVM options measured for a small service (issue 11).
COPY --from=build --chown=todoku:todoku /src/target/todoku/ /app/
USER todoku
# One training start that stops once the site is ready and answered a first request: the classes it loaded become the
# shared archive every start maps instead of loading them again (about a third off the time to ready).
RUN java @/app/jvm.options -Xlog:cds=off -XX:ArchiveClassesAtExit=/app/todoku.jsa -Dtodoku.cds.training=true \
        -Dspring.aot.enabled=true \
        -jar /app/todoku.jar --spring.datasource.url='jdbc:h2:mem:cds;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE' \
        --server.port=0 --logging.level.root=WARN
# The embedded H2 database lives in ./data, i.e. /app/data; keep it on a volume.
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
# -Dspring.aot.enabled=true: the bean definitions Spring AOT wrote at build time (pom.xml says why it fits).
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:SharedArchiveFile=/app/todoku.jsa", "-Xshare:auto", "-Dspring.aot.enabled=true", "-jar", "/app/todoku.jar"]
