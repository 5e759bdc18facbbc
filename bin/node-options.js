// Node start-up options the explainer CLI runs with, shared with the benchmarks so they measure
// what a journalist runs. Why: V8's default young generation lets an ingest's short-lived strings
// reach ~100 MB before a scavenge; 16 MB semi-spaces keep a 1,000-article ingest under 500 MB peak
// at the same CPU time (BENCHMARKS.md). The flag only takes effect when Node starts.
export const NODE_OPTIONS = ['--max-semi-space-size=16'];
