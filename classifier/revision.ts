/**
 * What a release's classifier says of comments, named. It changes whenever a release changes a verdict (the model's
 * weights, a rule, normalisation, evidence text): comments stored under another revision are classified again by the
 * service worker (storage/stored-model-labels.ts), so the expert's view, the metrics and the sweep's other posts follow
 * a better classifier without anyone reopening each post. tests/unit/classifier/revision.test.ts fails when the
 * verdicts change and this does not.
 */
export const CLASSIFIER_REVISION = '2026.12.7-s';
