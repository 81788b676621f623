import { useState } from 'preact/hooks';
import { counted } from '../../../src/shared/counted.ts';
import { t } from '../../../src/shared/i18n.ts';
import { FileChooser } from './FileChooser.tsx';
import { formatName } from './import-words.ts';
import { readChosenFile, type Chosen } from './read-chosen-file.ts';
import { writeChosen } from './write-import.ts';

export interface ImportStatus {
  kind: 'ok' | 'error' | 'working';
  message: string;
}

interface Props {
  /** Another export or import job of the card is running. */
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onStatus: (status: ImportStatus | undefined) => void;
}

type Confirmable = Exclude<Chosen, { kind: 'refused' }>;

const countOf = (chosen: Confirmable): number =>
  chosen.kind === 'jianbao' ? chosen.count : chosen.items.length;

/**
 * The library import: one file of any supported format, recognised by content. It says which format it
 * found and how many items before anything is written; only "Import" writes, all or nothing.
 */
export function ImportControl({ busy, setBusy, onStatus }: Props) {
  const [chosen, setChosen] = useState<Confirmable>();
  const [fileName, setFileName] = useState<string>();

  const choose = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setFileName(file.name);
    setChosen(undefined);
    setBusy(true);
    onStatus({ kind: 'working', message: t('import_reading') });
    try {
      const read = await readChosenFile(file);
      if (read.kind === 'refused') onStatus({ kind: 'error', message: read.message });
      else {
        onStatus(undefined);
        setChosen(read);
      }
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (): Promise<void> => {
    if (!chosen) return;
    setChosen(undefined);
    setBusy(true);
    onStatus({ kind: 'working', message: t('import_writing') });
    try {
      onStatus(await writeChosen(chosen));
    } finally {
      setBusy(false);
    }
  };

  const cancel = (): void => {
    setChosen(undefined);
    onStatus({ kind: 'ok', message: t('import_cancelled') });
  };

  return (
    <>
      <FileChooser fileName={fileName} disabled={busy} onChoose={(input) => void choose(input)} />
      {chosen && (
        <div
          class="confirm import-confirm"
          role="alertdialog"
          aria-labelledby="import-found"
          data-format={chosen.format}
          data-count={countOf(chosen)}
        >
          <p id="import-found">
            {t('import_found', [formatName(chosen.format), counted('items', countOf(chosen))])}
          </p>
          <button type="button" class="confirm-import" onClick={() => void confirm()}>
            {t('import_confirm', counted('items', countOf(chosen)))}
          </button>
          <button type="button" class="cancel" autoFocus onClick={cancel}>
            {t('optionsCancel')}
          </button>
        </div>
      )}
    </>
  );
}
