package jp.todoku.dnscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Runs independent lookups side by side (the hosts of an MX set, candidate DKIM selectors), so a check
 * takes as long as its slowest lookup instead of the sum of all.
 */
final class Parallel {

    private final ExecutorService executor;

    Parallel(ExecutorService executor) {
        this.executor = executor;
    }

    /** Applies {@code work} to every item concurrently; results keep the items' order. */
    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<CompletableFuture<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(CompletableFuture.supplyAsync(() -> work.apply(item), executor));
        }
        List<R> results = new ArrayList<>();
        for (CompletableFuture<R> future : futures) {
            results.add(future.join());
        }
        return results;
    }
}
