// Safe during Docusaurus's server rendering too: the define entry registers nothing without a DOM.
import 'verdict-elements/define';
