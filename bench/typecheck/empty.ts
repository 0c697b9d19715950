// The baseline of the type-check benchmark: the same compiler options, no client at all.
export {};
