// Keeps the CRM adapters' label map of the requester's classification in step with the pack in use (content script).
import { sendMessage } from '../messaging';
import { setRequesterFieldLabels } from '../crm/properties';
import { watchPackStatus } from '../pack/status-item';

/** Loads the active pack's `crmFields` now and after every pack change, then calls `onChange` (re-read the ticket). */
export function followPackCrmFields(onChange: () => void): () => void {
  const load = () =>
    sendMessage('getPack').then(
      (pack) => {
        setRequesterFieldLabels(pack.crmFields);
        onChange();
      },
      // The background is not there (extension reloading): keep the bundled pack's map.
      () => {},
    );
  void load();
  return watchPackStatus(() => void load());
}
