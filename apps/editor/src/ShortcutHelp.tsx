import { useTranslation } from '@veranderlogica/ui';
import { commandsFor, keyLabel, type Command, type Mode } from './command-registry.js';
import { Dialog } from './Dialog.js';

/**
 * The shortcut help (`?`): every command of the registry that has keys, with its keys, mode by mode; nothing kept
 * in a second list.
 */
export function ShortcutHelp({ commands, onClose }: { commands: readonly Command[]; onClose: () => void }) {
  const { t, l } = useTranslation();
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  const table = (mode: Mode) => (
    <table className="editor-shortcuts">
      <tbody>
        {commandsFor(commands, mode)
          .filter((command) => command.keys?.length && (mode === 'edit' || !(command.modes ?? ['edit']).includes('edit')))
          .map((command) => (
            <tr key={command.id} data-command={command.id}>
              <td>{l(command.label)}</td>
              <td>
                {command.keys!.map((keys, i) => (
                  <span key={keys}>
                    {i > 0 ? ` ${t('shortcuts.or')} ` : ''}
                    <kbd>{keyLabel(keys, mac)}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
  return (
    <Dialog labelledBy="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      {table('edit')}
      <h3>{t('shortcuts.present')}</h3>
      {table('present')}
      <button type="button" className="vl-button" autoFocus onClick={onClose}>
        {t('file.close')}
      </button>
    </Dialog>
  );
}
