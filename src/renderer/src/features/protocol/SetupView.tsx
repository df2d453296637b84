import { ProtocolDocumentView } from './ProtocolDocumentView';
import { ProtocolSettings } from './ProtocolSettings';
import { RulesEditor } from './RulesEditor';
import { TypesTable } from './TypesTable';

/** The protocol itself: the one-page document to print and sign, the request types, the moderation charter, the settings. */
export default function SetupView() {
  return (
    <div className="stack protocol-narrow">
      <ProtocolDocumentView />
      <div className="no-print stack">
        <TypesTable />
        <RulesEditor />
        <ProtocolSettings />
      </div>
    </div>
  );
}
