import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ExerciseIllustration, type ExerciseIllustrationProps } from '../../../renderer/src/illustrations/ExerciseIllustration';
import '../../../renderer/src/styles.css';

/**
 * A page that shows one exercise figure at a time, as the break window draws it, for the figure
 * tests: `window.__showFigure(props, sizePx)` renders it in a 4:3 frame that wide and returns
 * once it is in the page.
 */
const host = document.getElementById('root');
if (host === null) throw new Error('figuresPage.html has no #root');
const root = createRoot(host);

declare global {
  interface Window {
    __showFigure(props: ExerciseIllustrationProps, sizePx: number): void;
  }
}

window.__showFigure = (props, sizePx) => {
  flushSync(() =>
    root.render(
      <div data-testid="frame" style={{ width: sizePx, height: (sizePx * 3) / 4 }}>
        <ExerciseIllustration key={props.illustration} {...props} />
      </div>,
    ),
  );
};
