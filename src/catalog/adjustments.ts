import type { AdjustmentReason } from '../schemas/inventory';

/**
 * The new stock of an adjustment as SQL over the current `stock_quantity`: received adds, damaged
 * removes, a correction adds its signed amount, a recount sets the count.
 */
export function adjustmentTarget(reason: AdjustmentReason, quantity: number): { set: 'add' | 'to'; amount: number } {
  switch (reason) {
    case 'received':
      return { set: 'add', amount: quantity };
    case 'damaged':
      return { set: 'add', amount: -quantity };
    case 'correction':
      return { set: 'add', amount: quantity };
    case 'recount':
      return { set: 'to', amount: quantity };
  }
}
