// What the build (or the server) says is wrong, each in the page's language with its file and line
// (src/i18n/problem-words.ts); a problem without a code shows its English message.
import type { ReportedProblem } from '../domain/catalogue/problem-codes';
import { problemText } from '../i18n/problem-words';
import type { Locale } from '../i18n/translate';

export function ProblemList({
  locale,
  problems,
  ...rest
}: {
  locale: Locale;
  problems: readonly ReportedProblem[];
  role?: 'alert';
  className?: string;
}) {
  return (
    <ul {...rest}>
      {problems.map((p, i) => (
        // The same problem may come twice (two fields alike); its place keeps the key unique.
        <li key={i}>{problemText(locale, p)}</li>
      ))}
    </ul>
  );
}
