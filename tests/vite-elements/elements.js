// The side-effect entry, as the README's bundler route: the elements define themselves when they come into view.
import 'lis1kit/elements';
