// A distinct shape per status, so the status never depends on colour alone.
import type { Status } from '../../domain/progress-types';

const SHAPES: Record<Status, React.ReactNode> = {
  achieved: <path d="M3 8.5l3.2 3.2L13 4.8" fill="none" strokeWidth="2.2" />,
  'on-track': <path d="M3 12L13 4M7 4h6v6" fill="none" strokeWidth="2" />,
  'needs-acceleration': <path d="M8 2.5l6 11H2z" strokeWidth="1" />,
  'limited-progress': <path d="M8 2l6 6-6 6-6-6z" strokeWidth="1" />,
  deterioration: <path d="M8 13.5l6-11H2z" strokeWidth="1" />,
  missed: <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" fill="none" strokeWidth="2.2" />,
  'awaiting-result': <path d="M8 2.5a5.5 5.5 0 1 0 0.01 0M8 5v3.3l2.3 1.5" fill="none" strokeWidth="1.8" />,
  'insufficient-data': <circle cx="8" cy="8" r="5.5" fill="none" strokeWidth="1.8" strokeDasharray="2.5 2" />,
  'not-yet-set': (
    <rect x="3" y="3" width="10" height="10" rx="1.5" fill="none" strokeWidth="1.8" strokeDasharray="2.5 2" />
  ),
  'no-target': <path d="M3 8h10" fill="none" strokeWidth="2.2" />,
};

export function StatusIcon({ status }: { status: Status }) {
  return (
    <svg
      className="status-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
      stroke="currentColor"
      fill="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {SHAPES[status]}
    </svg>
  );
}
