import type { BuildProblemCode, ProblemDetail } from './problem-codes';

/**
 * One thing wrong with the build's input, located for a person: `file:line: message`. The code and its
 * parameters say the same for the review page, which words it in its own language (src/i18n/problem-words.ts).
 */
export type Problem = {
  file: string;
  line?: number;
  message: string;
} & ProblemDetail<BuildProblemCode>;

export function formatProblem(p: Pick<Problem, 'file' | 'line' | 'message'>): string {
  return p.line === undefined ? `${p.file}: ${p.message}` : `${p.file}:${p.line}: ${p.message}`;
}

/** Sort problems by file, then line, so the report reads top to bottom like the files. */
export function sortProblems<P extends Pick<Problem, 'file' | 'line' | 'message'>>(problems: P[]): P[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/** How a build step reports a problem: no line when the whole file is wrong. */
export type AddProblem = (
  file: string,
  line: number | undefined,
  message: string,
  detail: ProblemDetail<BuildProblemCode>,
) => void;

/** The problems one build step finds, in the order it finds them, and the function that adds to them. */
export function problemList(): { problems: Problem[]; add: AddProblem } {
  const problems: Problem[] = [];
  const add: AddProblem = (file, line, message, detail) => {
    problems.push({ file, ...(line !== undefined ? { line } : {}), message, ...detail });
  };
  return { problems, add };
}
