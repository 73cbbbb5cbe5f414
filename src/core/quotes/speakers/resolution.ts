/**
 * The Resolution type: the speaker a cue's subject resolved to, and how the engine found it.
 */

import type { Attribution } from '../../schema.ts';
import type { Entity } from '../registry/entity.ts';

/** A speaker and how the engine found it. */
export type Resolution = { entity: Entity | null; attribution: Attribution };
