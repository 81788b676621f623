import { t } from '../../../src/shared/i18n.ts';

interface Props {
  /** The last file chosen; the input itself is emptied after each choice, so it cannot say. */
  fileName: string | undefined;
  disabled: boolean;
  onChoose: (input: HTMLInputElement) => void;
}

/**
 * The import's file input, shown as a button with the chosen file's name beside it. The input stays a real
 * `<input type=file>` (keyboard, screen readers, drag and drop onto it); options.css only hides its own
 * unstyled face and draws its focus on the button. Its name is the label's words; the file name is its
 * description.
 */
export function FileChooser({ fileName, disabled, onChoose }: Props) {
  return (
    <label class="file">
      <span class="label">{t('import_label')}</span>
      <span class="file-chooser">
        <input
          type="file"
          name="import"
          class="file-input"
          accept=".json,.csv,.zip,.html,.htm,application/json,text/csv,application/zip,text/html"
          aria-describedby="import-file-name"
          disabled={disabled}
          onChange={(e) => onChoose(e.currentTarget)}
        />
        <span class="file-button" aria-hidden="true">
          {t('import_choose_file')}
        </span>
        <span class="file-name" id="import-file-name" aria-hidden="true" data-chosen={Boolean(fileName)}>
          {fileName ?? t('import_no_file')}
        </span>
      </span>
    </label>
  );
}
