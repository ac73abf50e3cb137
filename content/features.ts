import type { Handlers } from '../messaging/router';
import type { ContentMessage } from '../messaging/protocol';
import type { PageRuntime } from './page-runtime';
import { expandFeature } from './expand/feature';
import { moderateFeature } from './moderate/feature';
import { printFeature } from './print/feature';
import { createReplyFeature } from './reply';

/**
 * Content-script features beyond marking comments. Each factory gets the page runtime and returns handlers
 * for its own `cs.*` messages (declared in messaging/protocol.ts). Add a feature by listing its factory here.
 */
export type FeatureFactory = (runtime: PageRuntime) => Partial<Handlers<ContentMessage>>;

export const FEATURES: FeatureFactory[] = [createReplyFeature, printFeature, expandFeature, moderateFeature];
