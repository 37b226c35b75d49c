// The shape every benchmark section returns: the lines to print (and record in BENCHMARKS.md).
export interface SectionResult {
  lines: string[];
}
