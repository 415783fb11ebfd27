// The formatter (`yardstick fmt`) and the tree comparison its promise is stated in.
export { formatDocument } from './format';
export { formatItem } from './item-printer';
export { astEqual, firstDifference, stripSpans } from './ast-equal';
export { checkFormatInvariants, type FormatCheck } from './format-invariants';
