"""The open routine's name, description and total duration, under its steps.

A new name is saved when the field loses the focus or Enter is pressed (an undo step); a name
that is empty, too long or taken is refused with a line under the field. The description is
saved as it is typed (consecutive keystrokes are one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from acupress_gui.domain.models import Routine
from acupress_gui.domain.routine_edit import (
    MAX_DESCRIPTION_CHARS,
    MAX_NAME_CHARS,
    RoutineEditError,
    check_name,
    rename_routine,
    set_description,
)
from acupress_gui.ui.routines.labels import problem_label
from acupress_gui.ui.routines.steps_model import RoutineStepsModel
from acupress_gui.ui.services.routine_library import RoutineLibrary
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.widgets.buddy_label import buddy_label


class RoutineDetails(QWidget):
    """Name, description and total of the routine open in ``steps_model``.

    Signals:
        message: A note for the message bar: its text and kind (``warning``).
    """

    message = Signal(str, str)

    def __init__(
        self,
        library: RoutineLibrary,
        steps_model: RoutineStepsModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._model = steps_model
        self._name_dirty = False
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        self.name_edit.editingFinished.connect(self._on_name_edit_editing_finished)
        self.name_message = problem_label(self.tr("Name problem"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("Routine description"))
        self.description_edit.setPlaceholderText(
            self.tr("What this routine is for, when to do it, where the points come from")
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.description_edit.textChanged.connect(self._on_description_edit_text_changed)
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Total duration"))
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label.setWordWrap(True)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 4, 0, 0)
        form.setVerticalSpacing(4)
        form.addRow(buddy_label(self.tr("Na&me:"), self.name_edit), self.name_edit)
        form.addRow("", self.name_message)
        form.addRow(
            buddy_label(self.tr("Description:"), self.description_edit), self.description_edit
        )
        form.addRow(buddy_label(self.tr("Total:")), self.total_label)

    # -- showing ---------------------------------------------------------------------------

    def show_routine(self, routine: Routine | None) -> None:
        """Show ``routine``'s name, description and total; never overwrite a name being typed."""
        editable = routine is not None and not routine.builtin
        self.name_edit.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        name = routine.name if routine else ""
        if self.name_edit.text() != name and not (self._name_dirty and editable):
            self.name_edit.setText(name)
            self._show_name_problem("")
        description = routine.description if routine else ""
        if self.description_edit.toPlainText() != description:
            self.description_edit.blockSignals(True)
            self.description_edit.setPlainText(description)
            self.description_edit.blockSignals(False)
        self._show_total(routine)

    def _show_total(self, routine: Routine | None) -> None:
        if routine is None or not routine.steps:
            self.total_label.setText(self.tr("No steps yet"))
            return
        text = self.tr("{duration} · {steps}").format(
            duration=format_duration(self._model.total_seconds()),
            steps=counted(
                QCoreApplication.translate(
                    "RoutineDetails", "%n step(s)", None, len(routine.steps)
                ),
                len(routine.steps),
            ),
        )
        missing = self._model.missing_count()
        if missing:
            text += " · " + counted(
                QCoreApplication.translate(
                    "RoutineDetails", "%n unknown point(s) skipped", None, missing
                ),
                missing,
            )
        self.total_label.setText(text)

    def _show_name_problem(self, problem: str) -> None:
        self.name_message.setText(problem)
        self.name_message.setVisible(bool(problem))

    def start_renaming(self) -> None:
        """Put the focus in the name field with the name selected."""
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    # -- renaming --------------------------------------------------------------------------

    def name_problem(self, name: str, routine: Routine) -> str:
        """Why ``routine`` cannot be called ``name`` ("" when it can)."""
        text = name.strip()
        if not text:
            return self.tr("A routine needs a name.")
        if len(text) > MAX_NAME_CHARS:
            return self.tr("A name has at most {n} characters.").format(n=MAX_NAME_CHARS)
        if check_name(text, self._library.names(but=routine.id)) is not None:
            if check_name(text) is None:
                return self.tr("There is already a routine called “{name}”.").format(name=text)
            return self.tr("A name cannot contain line breaks or control characters.")
        return ""

    def rename(self, name: str) -> bool:
        """Rename the open user routine (an undo step); False with a message when refused."""
        routine = self._model.routine()
        if routine is None or routine.builtin:
            return False
        problem = self.name_problem(name, routine)
        if problem:
            self._show_name_problem(problem)
            return False
        try:
            renamed = rename_routine(routine, name, self._library.names(but=routine.id))
        except RoutineEditError as error:
            self._show_name_problem(str(error))
            return False
        self._show_name_problem("")
        return self._model.commit(renamed, self.tr("Rename routine"))

    def commit_pending_name(self) -> None:
        """Save a new name still being typed."""
        if self._name_dirty:
            self._on_name_edit_editing_finished()

    def discard_pending_name(self) -> None:
        """Forget that a name was being typed (another routine opens)."""
        self._name_dirty = False

    @Slot(str)
    def _on_name_edit_text_edited(self, text: str) -> None:
        routine = self._model.routine()
        if routine is None or routine.builtin:
            return
        self._name_dirty = True
        self._show_name_problem(self.name_problem(text, routine))

    @Slot()
    def _on_name_edit_editing_finished(self) -> None:
        routine = self._model.routine()
        if routine is None or routine.builtin:
            return
        text = self.name_edit.text()
        self._name_dirty = False
        if text.strip() == routine.name:
            self._show_name_problem("")
            return
        if not self.rename(text):
            # Keep the routine's name; the message under the field says why.
            self.name_edit.setText(routine.name)

    @Slot()
    def _on_description_edit_text_changed(self) -> None:
        routine = self._model.routine()
        if routine is None or routine.builtin:
            return
        text = self.description_edit.toPlainText()
        if len(text) > MAX_DESCRIPTION_CHARS:
            self.message.emit(
                self.tr("A description has at most {n} characters.").format(
                    n=MAX_DESCRIPTION_CHARS
                ),
                "warning",
            )
            return
        self._model.commit(
            set_description(routine, text), self.tr("Edit description"), merge_key="description"
        )
