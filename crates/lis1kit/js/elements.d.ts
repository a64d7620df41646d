// Types of `lis1kit/elements`: importing it defines the elements; these
// declarations let TypeScript know the tags, their properties and events.
import type { AbsenceResult, CostInput, CostResult, EligibilityInput, EligibilityResult, Issue, ServiceInput, ServiceResult } from './types.js';

/** `detail` of the `lis1-invalid` event: every issue of the input (each also shown next to its field). */
export interface Lis1InvalidDetail {
  issues: Issue[];
}

/** What every form element (`<lis1-remaining-service>`, …) adds to HTMLElement. */
export interface Lis1FormElement<Input, Result> extends HTMLElement {
  /**
   * The input as currently filled in. Setting it fills the form; an input over the
   * package's limits (more than 200 periods, …) throws `Lis1Error` and leaves the form as it was.
   */
  input: Input;
  /**
   * Calculates as the form's button does, without moving focus (e.g. after setting
   * `input` from a saved file). Returns true when a result is shown.
   */
  calculate(): boolean;
  /** The last result as JSON text, or null (cleared when the form is edited). */
  readonly value: string | null;
  readonly form: HTMLFormElement | null;
  readonly name: string | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  addEventListener<K extends keyof Lis1FormElementEventMap<Result>>(
    type: K,
    listener: (this: this, event: Lis1FormElementEventMap<Result>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  /** Removes a listener added with the typed overload (the same function, so the same type). */
  removeEventListener<K extends keyof Lis1FormElementEventMap<Result>>(
    type: K,
    listener: (this: this, event: Lis1FormElementEventMap<Result>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The events of a form element, with their typed `detail`. */
export interface Lis1FormElementEventMap<Result> extends HTMLElementEventMap {
  /** A calculation succeeded; `detail` is the result, exactly as the JS API returns it. */
  'lis1-result': CustomEvent<Result>;
  /** The input has issues. */
  'lis1-invalid': CustomEvent<Lis1InvalidDetail>;
}

export type Lis1RemainingServiceElement = Lis1FormElement<ServiceInput, ServiceResult>;
export type Lis1AbsenceCheckElement = Lis1FormElement<ServiceInput, AbsenceResult>;
export type Lis1EligibilityElement = Lis1FormElement<EligibilityInput, EligibilityResult>;
export type Lis1CostEstimateElement = Lis1FormElement<CostInput, CostResult>;

declare global {
  interface HTMLElementTagNameMap {
    'lis1-remaining-service': Lis1RemainingServiceElement;
    'lis1-absence-check': Lis1AbsenceCheckElement;
    'lis1-eligibility': Lis1EligibilityElement;
    'lis1-cost-estimate': Lis1CostEstimateElement;
    'lis1-rule-sets': HTMLElement;
    'lis1-rules': HTMLElement;
  }
}
