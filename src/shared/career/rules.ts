// Career rules, one import: certification rules, the plan and its progress, chart series.
// The logic lives in certification.ts, plan.ts and charts.ts (one concern each).

export * from './certification';
export * from './plan';
export * from './charts';
