package jp.todoku.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.todoku.headers.Alignment;
import jp.todoku.headers.ArcSet;
import jp.todoku.headers.Authentication;
import jp.todoku.headers.AuthenticationResults;
import jp.todoku.headers.DkimSignature;
import jp.todoku.headers.HeaderAnalysis;
import jp.todoku.headers.Hop;
import jp.todoku.headers.MethodResult;
import jp.todoku.headers.SpamSignal;
import org.springframework.context.MessageSource;

/**
 * The JSON of {@code POST /api/v1/header-analyses}: the engine's analysis in stable names, codes for
 * machines and the page's own sentences (in the request's language) for people. Times are ISO 8601
 * with the offset the server wrote; delays in seconds (-1 when there is none).
 */
record HeaderAnalysisResponse(String source, Summary summary, Route route, AuthenticationPart authentication,
                              List<Spam> spamSignals, List<String> limitsMet, DnsCheck dnsCheck) {

    record Summary(String from, String to, String subject, String messageId, String returnPath, String sent) {
    }

    record HopPart(int number, String from, String fromName, String fromAddress, String by, String with, String id,
                   String forAddress, String at, long delaySeconds, String state, boolean crossing) {
    }

    record Route(List<HopPart> hops, long totalSeconds, boolean totalTrusted, int slowestHop, String cause,
                 String causeText) {
    }

    record Verdict(String verdict, String domain, String source) {
    }

    record Method(String method, String verdict, String reason, Map<String, String> properties) {
    }

    record Results(String authservId, String trust, List<Method> results) {
    }

    record Signature(String domain, String selector, String algorithm, List<String> signedHeaders) {
    }

    record Arc(int instance, String chain, String sealDomain, String authservId) {
    }

    record AlignmentPart(String fromDomain, String spfDomain, boolean spfAligned, List<String> dkimPassDomains,
                         boolean dkimAligned, String outcome, String explanation) {
    }

    record AuthenticationPart(List<String> receivingDomains, Verdict spf, Verdict dkim, Verdict dmarc,
                              AlignmentPart alignment, List<Results> results, List<Signature> dkimSignatures,
                              List<Arc> arcSets, String arcChain) {
    }

    record Spam(String field, String value, String meaning, boolean junk, String text) {
    }

    /** Where to ask what DNS publishes now for the sender's domain (the message's verdicts are then). */
    record DnsCheck(String domain, String path) {
    }

    static HeaderAnalysisResponse of(HeaderAnalysis analysis, MessageSource messages, Locale locale) {
        var summary = analysis.summary();
        var route = analysis.route();
        List<HopPart> hops = route.hops().stream().map(HeaderAnalysisResponse::hop).toList();
        String domain = analysis.senderDomain();
        return new HeaderAnalysisResponse(analysis.source().code(),
                new Summary(summary.from(), summary.to(), summary.subject(), summary.messageId(), summary.returnPath(),
                        summary.sent() == null ? null : summary.sent().toString()),
                new Route(hops, route.totalSeconds(), route.totalTrusted(), route.slowestNumber(), route.cause().code(),
                        messages.getMessage("selfservice.headers.cause." + route.cause().code(), null, locale)),
                authentication(analysis.authentication(), messages, locale),
                analysis.spamSignals().stream().map(signal -> spam(signal, messages, locale)).toList(),
                analysis.limitsMet().stream().map(limit -> limit.code()).sorted().toList(),
                domain.isEmpty() ? null : new DnsCheck(domain, "/api/v1/dns-checks?kind=sender&domain=" + domain));
    }

    private static HopPart hop(Hop hop) {
        return new HopPart(hop.number(), hop.from(), hop.fromName(), hop.fromAddress(), hop.by(), hop.with(), hop.id(),
                hop.forAddress(), hop.at() == null ? null : hop.at().toString(), hop.delaySeconds(), hop.state().code(),
                hop.crossing());
    }

    private static AuthenticationPart authentication(Authentication auth, MessageSource messages, Locale locale) {
        Alignment alignment = auth.alignment();
        String explanation = messages.getMessage("selfservice.headers.alignment." + alignment.outcome().code(),
                new Object[] {alignment.fromDomain(), alignment.spfDomain(), String.join(", ", alignment.dkimPassDomains())},
                locale);
        return new AuthenticationPart(auth.receivingDomains(), verdict(auth.spf()), verdict(auth.dkim()),
                verdict(auth.dmarc()),
                new AlignmentPart(alignment.fromDomain(), alignment.spfDomain(), alignment.spfAligned(),
                        alignment.dkimPassDomains(), alignment.dkimAligned(), alignment.outcome().code(), explanation),
                auth.results().stream().map(HeaderAnalysisResponse::results).toList(),
                auth.signatures().stream().map(HeaderAnalysisResponse::signature).toList(),
                auth.arcSets().stream().map(HeaderAnalysisResponse::arc).toList(), auth.arcChain().code());
    }

    private static Verdict verdict(Authentication.Check check) {
        return new Verdict(check.verdict().code(), check.domain(), check.source().code());
    }

    private static Results results(AuthenticationResults results) {
        return new Results(results.authservId(), results.trust().code(), results.results().stream()
                .map(HeaderAnalysisResponse::method).toList());
    }

    private static Method method(MethodResult result) {
        return new Method(result.method(), result.verdict().code(), result.reason(), result.properties());
    }

    private static Signature signature(DkimSignature signature) {
        return new Signature(signature.domain(), signature.selector(), signature.algorithm(), signature.signedHeaders());
    }

    private static Arc arc(ArcSet set) {
        return new Arc(set.instance(), set.chain().code(), set.sealDomain(), set.authservId());
    }

    private static Spam spam(SpamSignal signal, MessageSource messages, Locale locale) {
        return new Spam(signal.field(), signal.value(), signal.meaning().code(), signal.meaning().junk(),
                messages.getMessage("selfservice.headers.spam." + signal.meaning().code(), null, locale));
    }
}
