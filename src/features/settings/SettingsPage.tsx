import { useState, type ReactNode } from 'react';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useHydrated } from '../../ui/useHydrated.ts';
import {
  DEFAULT_PREFERENCES,
  readPreferences,
  savePreferences,
  TEXT_SIZES,
  THEMES,
  type Preferences,
  type TextSize,
  type Theme,
} from './preferences.ts';

const THEME_LABELS: Record<Theme, string> = {
  system: 'Follow system',
  light: 'Light',
  dark: 'Dark',
};

const TEXT_SIZE_LABELS: Record<TextSize, string> = {
  small: 'Small',
  normal: 'Normal',
  large: 'Large',
  'x-large': 'Extra large',
};

/** `/settings`: theme and text size, applied at once and remembered on this device. */
export function SettingsPage() {
  useDocumentTitle('Settings');
  // A prerendered page shows the defaults until hydrated, then what this device stored.
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<Preferences | null>(null);
  const preferences = chosen ?? (hydrated ? readPreferences() : DEFAULT_PREFERENCES);
  const update = (next: Preferences) => {
    setChosen(next);
    savePreferences(next);
  };
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <p className="settings__note">Changes apply at once and are kept on this device.</p>
      <ChoiceGroup
        legend="Theme"
        name="theme"
        options={THEMES}
        labels={THEME_LABELS}
        value={preferences.theme}
        onChange={(theme) => update({ ...preferences, theme })}
      />
      <ChoiceGroup
        legend="Text size"
        name="text-size"
        options={TEXT_SIZES}
        labels={TEXT_SIZE_LABELS}
        value={preferences.textSize}
        onChange={(textSize) => update({ ...preferences, textSize })}
      />
    </section>
  );
}

type ChoiceGroupProps<T extends string> = {
  legend: ReactNode;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
};

/** A fieldset of radio buttons: native arrow-key movement and one announced choice. */
function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  return (
    <fieldset className="choice-group">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name={props.name}
            value={option}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
          />
          {props.labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
