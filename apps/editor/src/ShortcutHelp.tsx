import { useTranslation } from '@veranderlogica/ui';
import { keyLabel, type Command } from './command-registry.js';
import { Dialog } from './Dialog.js';

/** The shortcut help (`?`): every keyboard command of the registry with its keys, nothing kept in a second list. */
export function ShortcutHelp({ commands, onClose }: { commands: readonly Command[]; onClose: () => void }) {
  const { t, language } = useTranslation();
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <Dialog labelledBy="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="editor-shortcuts">
        <tbody>
          {commands.map((command) => (
            <tr key={command.id} data-command={command.id}>
              <td>{command.label[language]}</td>
              <td>
                {command.keys.map((keys, i) => (
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
      <button type="button" className="vl-button" autoFocus onClick={onClose}>
        {t('file.close')}
      </button>
    </Dialog>
  );
}
