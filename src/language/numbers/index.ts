/**
 * Numbers and quantities in news text, in digits and in words, normalized to a value with
 * its unit so that different outlets' figures for the same thing can be compared.
 */
export { findQuantities } from './scan.js';
export type { Quantity, QuantityKind } from '../types.js';
