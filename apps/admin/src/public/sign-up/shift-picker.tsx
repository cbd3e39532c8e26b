// The shifts as one radio group: each row says when, and how many places are left or that it is
// full and people can join its waitlist.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/i18n';
import { formatShift } from '../ui/format';
import { FieldError } from '../ui/fields';

export interface PickableShift {
  id: string;
  startsAt: string;
  endsAt: string;
  spotsLeft: number;
  waitlistCount: number;
}

export interface ShiftPickerProps {
  id: string;
  legend: string;
  shifts: readonly PickableShift[];
  timeZone: string;
  value: string;
  onChange: (shiftId: string) => void;
  onBlur?: () => void;
  error?: string;
  /** Full shifts cannot be chosen (someone with a place does not trade it for a waitlist). */
  fullDisabled?: boolean;
  /** Shown as "your time", not chosen. */
  currentId?: string;
  now?: Date;
}

export function ShiftPicker({ id, legend, shifts, timeZone, value, onChange, onBlur, error, fullDisabled, currentId, now = new Date() }: ShiftPickerProps) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const isDisabled = (shift: PickableShift) =>
    new Date(shift.endsAt) < now || shift.id === currentId || (shift.spotsLeft <= 0 && Boolean(fullDisabled));
  // The group's id goes on its first choosable radio, so "#id" links (the error summary) land there.
  const firstEnabled = shifts.find((s) => !isDisabled(s))?.id;
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="choices">
        {shifts.map((shift) => {
          const full = shift.spotsLeft <= 0;
          const over = new Date(shift.endsAt) < now;
          const current = shift.id === currentId;
          const disabled = isDisabled(shift);
          return (
            <label key={shift.id} className="choice">
              <input
                type="radio"
                name={id}
                id={shift.id === firstEnabled ? id : undefined}
                value={shift.id}
                checked={value === shift.id}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(shift.id)}
                onBlur={onBlur}
              />
              <span className="choice__when">{formatShift(shift.startsAt, shift.endsAt, timeZone, locale)}</span>
              <span className={full || over ? 'choice__places choice__places--full' : 'choice__places'}>
                {current
                  ? t('manage.current')
                  : over
                    ? t('shift.past')
                    : full
                      ? `${t('shift.full')}${shift.waitlistCount > 0 ? ` · ${t('shift.waiting', { count: shift.waitlistCount })}` : ''}`
                      : t('shift.spotsLeft', { count: shift.spotsLeft })}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
