import { useState } from 'react';
import { useTranslation } from '../i18n/translate.js';
import { TextField } from './fields.js';

export interface ParticipantsFieldProps {
  /** The participating organisations, as stored in the document's workshop. */
  readonly participants: readonly string[];
  readonly onChange: (participants: string[]) => void;
}

const parse = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The organisations taking part in the workshop, one per line, for the
 * report's title page. What is typed stays as typed (empty lines too) while
 * it means the same list as the document holds.
 *
 * @example
 * <ParticipantsField participants={doc.workshop?.participants ?? []} onChange={setParticipants} />
 */
export function ParticipantsField({ participants, onChange }: ParticipantsFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(participants.join('\n'));
  // After an undo or another document, show what the document holds.
  const shown = parse(draft).join('\n') === participants.join('\n') ? draft : participants.join('\n');
  return (
    <TextField
      label={t('workshop.participants')}
      value={shown}
      multiline
      onChange={(text) => {
        setDraft(text);
        onChange(parse(text));
      }}
    />
  );
}
