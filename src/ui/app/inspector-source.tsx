// The source pane of the inspector: the source view with the inspector's highlights (two
// features composed here, so neither imports the other). Its own component, so a new
// document re-renders this pane, not the shell.
import { SourceView } from '../source-view/source-view';
import { useInspectorHighlights } from '../highlights/use-highlights';

export function InspectorSource() {
  return <SourceView highlights={useInspectorHighlights()} />;
}
