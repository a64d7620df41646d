// The API and the elements from one module; the app decides when the elements are defined.
import { defineElements, version } from 'lis1kit/full';

defineElements();
document.body.dataset.version = version();
