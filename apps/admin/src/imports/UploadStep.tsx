import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslate } from 'react-admin';
import { FileReadError, loadFile, type LoadedFile } from './file-source';

/** Choose or drop a CSV or Excel file; it is read here (its first rows) before anything is sent. */
export const UploadStep = ({ onLoaded }: { onLoaded: (file: LoadedFile) => void }) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const read = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    setProblem(null);
    try {
      onLoaded(await loadFile(file));
    } catch (error) {
      setProblem(error instanceof FileReadError
        ? translate(`ys.imports.file_problems.${error.reason}`, { detail: error.message })
        : translate('ys.imports.file_problems.unreadable', { detail: (error as Error).message }));
    } finally {
      setReading(false);
      if (input.current) input.current.value = '';
    }
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void read(event.dataTransfer.files[0]);
  };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box onDragOver={(event) => { event.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}
        sx={{
          border: '2px dashed', borderColor: over ? 'primary.main' : 'divider', borderRadius: 2, p: 4, textAlign: 'center',
          bgcolor: over ? 'action.hover' : 'transparent',
        }}>
        <UploadFileIcon color="primary" sx={{ fontSize: 48 }} />
        <Typography gutterBottom>{translate('ys.imports.drop_here')}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>{translate('ys.imports.formats')}</Typography>
        <Button variant="contained" onClick={() => input.current?.click()} disabled={reading}>{translate('ys.imports.choose_file')}</Button>
        <input ref={input} type="file" hidden accept=".csv,.tsv,.txt,.xlsx,.xlsm,text/csv" data-testid="import-file"
          onChange={(event) => void read(event.target.files?.[0])} />
        {reading && <Box sx={{ mt: 2 }}><CircularProgress size={24} /></Box>}
      </Box>
      {problem && <Alert severity="error" data-testid="file-problem">{problem}</Alert>}
    </Box>
  );
};
