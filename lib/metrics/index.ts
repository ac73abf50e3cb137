export * from './business-hours';
export * from './compute';
export * from './csv';
export * from './stats';
export { isValidTimeZone } from './zone';
