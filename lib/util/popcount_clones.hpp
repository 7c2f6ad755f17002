#pragma once

// Functions that count bits in their inner loops are compiled twice on x86-64: for processors
// with the POPCNT instruction (every one since 2008), and for the baseline, which counts bits
// with a library call. The loader picks one for the processor it runs on; both compute the same.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(BIBOB_NO_CLONES)
#define BIBOB_POPCOUNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define BIBOB_POPCOUNT_CLONES
#endif
