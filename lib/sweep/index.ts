export * from './due';
export * from './urls';
