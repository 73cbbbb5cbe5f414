/**
 * Particles inside names: "Charles de Gaulle", "Osama bin Laden", "Majed al-Ansari".
 */

import { words } from './words.ts';

/** "Majed al-Ansari", "Abdel Fattah el-Sisi": a surname joined to its particle by a hyphen. */
export const HYPHENED_PARTICLE = /^(?:al|el|ad|ash|as|at|an|ar|az|ud|ul|bin|ibn|abu|ben)-\p{Lu}/u;

/** Lower-case particles inside names: "Charles de Gaulle", "Osama bin Laden". */
export const NAME_PARTICLES = words(`
  de da van von der den ten ter bin bint al el le la du del di dos ibn ben abu ap ab des zu
  `);
