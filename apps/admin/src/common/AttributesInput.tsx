import { TextInput, type TextInputProps } from 'react-admin';
import { formatAttributes, validAttributes } from './validators';

/**
 * `attributes` (what `agent.NAME` / `team.NAME` read in a scorecard) as JSON text. The form keeps the text while
 * the user types; `withParsedAttributes` turns it into the object on save.
 */
export const AttributesInput = (props: Omit<TextInputProps, 'source'>) => (
  <TextInput
    source="attributes"
    multiline
    minRows={2}
    format={formatAttributes}
    parse={(text: string) => text}
    validate={validAttributes}
    helperText="ys.common.json_hint"
    {...props}
  />
);
