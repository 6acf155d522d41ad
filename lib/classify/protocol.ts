// Messages about classification (the classifier runs in the background next to the pack and the corrections).
import type { Classification, ClassifyInput, CorrectionInput } from './types';

export interface ClassifyProtocol {
  classify(input: ClassifyInput): Classification;
  /** Records a référent's correction; later suggestions use it at once. */
  recordCorrection(input: CorrectionInput): void;
}
