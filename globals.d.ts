/** Set by wxt.config.ts: true only in the build the end-to-end tests load. */
declare const __RONDA_E2E__: boolean;
