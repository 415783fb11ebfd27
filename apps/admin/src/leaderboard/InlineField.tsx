import { TextField, type TextFieldProps } from '@mui/material';

/**
 * A small text field as wide as its content: react-admin's theme makes every TextField full width, which suits
 * forms but not a row of filters.
 */
export const InlineField = (props: TextFieldProps) => <TextField size="small" fullWidth={false} {...props} />;
