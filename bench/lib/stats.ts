/** Small statistics and formatting helpers for the benchmark. */

export const quantile = (values: number[], q: number): number => {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
};

export const median = (values: number[]): number => quantile(values, 0.5);

export const ms = (v: number): string => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
export const us = (v: number): string => `${Math.round(v)} µs`;
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
export const mib = (kibibytes: number): string => `${(kibibytes / 1024).toFixed(1)} MiB`;
export const ratio = (a: number, b: number): number => a / b;
export const times = (r: number): string => `${r.toFixed(2)}×`;

/** "median (p25–p75)" for a list of samples, formatted by `fmt`. */
export const spread = (values: number[], fmt: (v: number) => string): string =>
  `${fmt(median(values))} (${fmt(quantile(values, 0.25)).replace(/ .*/, '')}–${fmt(quantile(values, 0.75))})`;
