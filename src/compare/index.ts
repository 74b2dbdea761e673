export {
  compare,
  checkComparable,
  orderInputs,
  itemStatus,
  daysBetween,
  regressionGate,
  ComparisonRefused,
  type CompareInput,
  type CompareOptions,
  type Refusal,
  type GateVerdict,
} from "./compare.js";
export {
  ComparisonSchema,
  ITEM_STATUSES,
  type Comparison,
  type ComparisonItem,
  type ComparisonSide,
  type ItemStatus,
  type PriorityChange,
} from "./schema.js";
