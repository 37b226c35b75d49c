// A labelled input or select of the review forms.
import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options?: readonly (string | { value: string; label: string })[];
  name?: string;
  list?: string;
  multiline?: boolean;
  type?: string;
}

export function Field({ label, value, onChange, options, name, list, multiline, type }: Props) {
  const id = useId();
  const common = {
    id,
    name,
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select {...common}>
          {!options.some((o) => (typeof o === 'string' ? o : o.value) === value) && (
            <option value={value}>{value}</option>
          )}
          {options.map((o) =>
            typeof o === 'string' ? (
              <option key={o} value={o}>
                {o}
              </option>
            ) : (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ),
          )}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type={type ?? 'text'} list={list} autoComplete="off" />
      )}
    </div>
  );
}
