/** One thing wrong with the build's input, located for a person: `file:line: message`. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.line === undefined ? `${p.file}: ${p.message}` : `${p.file}:${p.line}: ${p.message}`;
}

/** Sort problems by file, then line, so the report reads top to bottom like the files. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/** How a build step reports a problem: no line when the whole file is wrong. */
export type AddProblem = (file: string, line: number | undefined, message: string) => void;

/** The problems one build step finds, in the order it finds them, and the function that adds to them. */
export function problemList(): { problems: Problem[]; add: AddProblem } {
  const problems: Problem[] = [];
  const add: AddProblem = (file, line, message) => {
    problems.push({ file, ...(line !== undefined ? { line } : {}), message });
  };
  return { problems, add };
}
