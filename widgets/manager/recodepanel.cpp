// SPDX-License-Identifier: GPL-3.0-or-later
#include "recodepanel.h"
#include "common/codesearchbox.h"
#include "common/inlinemessage.h"
#include "services/codesetservice.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
enum LineColumn { ColCode, ColModifiers, ColUnits, ColCount };

QString sexText(const QString &sex)
{
    if (sex == QLatin1String("F"))
        return RecodePanel::tr("female");
    if (sex == QLatin1String("M"))
        return RecodePanel::tr("male");
    return RecodePanel::tr("sex unknown");
}
} // namespace

RecodePanel::RecodePanel(const Session &session, CodingAuditService &audits,
                         CodeSetService &codes, QWidget *parent)
    : QWidget(parent), m_session(session), m_audits(audits), m_codes(codes)
{
    setObjectName(QStringLiteral("recodePanel"));
    buildUi();
    clear();
}

void RecodePanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("recodeFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    layout->addWidget(m_facts);

    auto *split = new QSplitter(Qt::Horizontal);
    // Left: the documentation, as the coder had it, and nothing of the coder's answer.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_note = new QTextBrowser;
    m_note->setObjectName(QStringLiteral("recodeNote"));
    m_note->setAccessibleName(tr("Clinical note"));
    m_queries = new QTextBrowser;
    m_queries->setObjectName(QStringLiteral("recodeQueries"));
    m_queries->setAccessibleName(tr("Answered queries"));
    m_queries->setMaximumHeight(150);
    leftLayout->addWidget(m_note, 3);
    leftLayout->addWidget(new QLabel(tr("Answered queries to the provider")));
    leftLayout->addWidget(m_queries, 1);
    split->addWidget(left);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *dxBox = new QGroupBox(tr("&Diagnoses (ICD-10-CM)"));
    auto *dxLayout = new QVBoxLayout(dxBox);
    m_dxSearch = new CodeSearchBox(m_codes, kDiagnosisKinds);
    m_dxSearch->setObjectName(QStringLiteral("auditDxSearch"));
    m_dxSearch->setPlaceholderText(tr("Search diagnoses: code or words (Ctrl+K)"));
    m_dxList = new QListWidget;
    m_dxList->setObjectName(QStringLiteral("auditDxList"));
    m_dxList->setAccessibleName(tr("Your diagnoses, in order"));
    m_dxList->setToolTip(tr("Delete removes the selected diagnosis"));
    m_dxList->setMaximumHeight(140);
    dxLayout->addWidget(m_dxSearch);
    dxLayout->addWidget(m_dxList);
    rightLayout->addWidget(dxBox);

    auto *svcBox = new QGroupBox(tr("Ser&vices (CPT / HCPCS)"));
    auto *svcLayout = new QVBoxLayout(svcBox);
    m_svcSearch = new CodeSearchBox(m_codes, kProcedureKinds);
    m_svcSearch->setObjectName(QStringLiteral("auditSvcSearch"));
    m_svcSearch->setPlaceholderText(tr("Search services: code or words (Ctrl+J)"));
    m_lines = new QTableWidget(0, ColCount);
    m_lines->setObjectName(QStringLiteral("auditLinesTable"));
    m_lines->setAccessibleName(tr("Your service lines"));
    m_lines->setHorizontalHeaderLabels({tr("Code"), tr("Modifiers"), tr("Units")});
    m_lines->horizontalHeaderItem(ColModifiers)
            ->setToolTip(tr("Up to 4, separated by spaces or commas: 25 59"));
    m_lines->horizontalHeaderItem(ColUnits)->setToolTip(tr("1 or more"));
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setMaximumHeight(170);
    // Not on CurrentChanged: adding a line makes it current while the focus stays in the
    // search box, and an editor must not open behind the auditor's back.
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    svcLayout->addWidget(m_svcSearch);
    svcLayout->addWidget(m_lines);
    rightLayout->addWidget(svcBox);

    m_auditorNote = new QLineEdit;
    m_auditorNote->setObjectName(QStringLiteral("auditorNote"));
    m_auditorNote->setPlaceholderText(tr("Note on your recode (optional)"));
    m_auditorNote->setAccessibleName(tr("Auditor's note"));
    rightLayout->addWidget(m_auditorNote);
    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("recodeMessage"));
    rightLayout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(tr("&Save recode"));
    m_save->setObjectName(QStringLiteral("saveRecodeButton"));
    m_save->setToolTip(tr("Save your coding and compare it with the coder's (Ctrl+S); each "
                          "encounter is recoded once"));
    buttons->addWidget(m_save);
    rightLayout->addLayout(buttons);
    rightLayout->addStretch(1);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_save, &QPushButton::clicked, this, &RecodePanel::save);
    connect(m_dxSearch, &CodeSearchBox::codeChosen, this, &RecodePanel::addDiagnosis);
    connect(m_svcSearch, &CodeSearchBox::codeChosen, this, &RecodePanel::addService);
    connect(m_dxSearch, &CodeSearchBox::removeLastRequested, this, [this] {
        if (m_dxList->count() > 0)
            delete m_dxList->takeItem(m_dxList->count() - 1);
    });
    connect(m_svcSearch, &CodeSearchBox::removeLastRequested, this, [this] {
        if (m_lines->rowCount() > 0)
            m_lines->removeRow(m_lines->rowCount() - 1);
    });
    m_dxList->installEventFilter(this);
    m_lines->installEventFilter(this);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Save, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_dxSearch->lineEdit()->setFocus(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_J), [this] { m_svcSearch->lineEdit()->setFocus(); });

    setTabOrder(m_dxSearch->lineEdit(), m_dxList);
    setTabOrder(m_dxList, m_svcSearch->lineEdit());
    setTabOrder(m_svcSearch->lineEdit(), m_lines);
    setTabOrder(m_lines, m_auditorNote);
    setTabOrder(m_auditorNote, m_save);
}

void RecodePanel::clear()
{
    m_case = BlindCase();
    m_dxList->clear();
    m_lines->setRowCount(0);
    m_auditorNote->clear();
    m_note->clear();
    m_queries->clear();
    m_message->clearMessage();
    m_facts->setText(tr("<i>Choose an encounter to recode. You will see its documentation, "
                        "never the coder's codes.</i>"));
    updateActions();
}

bool RecodePanel::openItem(qint64 itemId)
{
    if (itemId == m_case.itemId && itemId != 0)
        return true;
    auto blind = m_audits.blindCase(m_session, itemId);
    clear();
    if (!blind) {
        m_message->showError(tr("Recode"), blind.error());
        return false;
    }
    m_case = blind.value();
    m_dxSearch->setDate(m_case.dateOfService);
    m_svcSearch->setDate(m_case.dateOfService);
    showCase();
    updateActions();
    return true;
}

void RecodePanel::showCase()
{
    const QLocale locale;
    const QString specialty = m_case.providerSpecialty.isEmpty()
            ? QString()
            : tr(" (%1)").arg(m_case.providerSpecialty.toHtmlEscaped());
    m_facts->setText(tr("<b>Blind recode</b> · DOS %1 · place of service %2 · patient %3 years, "
                        "%4 · %5%6")
                             .arg(locale.toString(m_case.dateOfService, QLocale::ShortFormat),
                                  m_case.placeOfService.toHtmlEscaped())
                             .arg(m_case.patientAgeYears)
                             .arg(sexText(m_case.patientSex),
                                  m_case.providerName.toHtmlEscaped(), specialty));
    QString note = m_case.clinicalNote;
    if (!m_case.addendum.isEmpty())
        note += QStringLiteral("\n\n") + tr("Addendum:") + QLatin1Char('\n') + m_case.addendum;
    m_note->setPlainText(note);
    QString html;
    for (const BlindQuery &q : std::as_const(m_case.answeredQueries)) {
        html += tr("<p><b>Q</b>: %1<br><b>Answer</b> (%2, %3): %4</p>")
                        .arg(q.question.toHtmlEscaped(), q.answeredBy.toHtmlEscaped(),
                             locale.toString(q.answeredAt.toLocalTime(), QLocale::ShortFormat),
                             q.answer.toHtmlEscaped());
    }
    if (html.isEmpty())
        html = tr("<p><i>No answered queries on this encounter.</i></p>");
    m_queries->setHtml(html);
    m_dxSearch->lineEdit()->setFocus();
}

void RecodePanel::updateActions()
{
    const bool open = m_case.itemId != 0;
    for (QWidget *w : {static_cast<QWidget *>(m_dxSearch), static_cast<QWidget *>(m_svcSearch),
                       static_cast<QWidget *>(m_dxList), static_cast<QWidget *>(m_lines),
                       static_cast<QWidget *>(m_auditorNote), static_cast<QWidget *>(m_save)})
        w->setEnabled(open);
}

void RecodePanel::addDiagnosis(const CodeEntry &entry)
{
    for (int i = 0; i < m_dxList->count(); ++i) {
        if (m_dxList->item(i)->data(kCodeRole).toString() == entry.code) {
            m_message->showMessage(InlineMessage::Severity::Info,
                                   tr("%1 is already on your list.").arg(entry.displayCode()));
            return;
        }
    }
    if (m_dxList->count() >= CodingAuditService::kMaxDiagnoses) {
        m_message->showMessage(InlineMessage::Severity::Warning,
                               tr("At most %1 diagnoses.").arg(CodingAuditService::kMaxDiagnoses));
        return;
    }
    auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(entry.displayCode(), entry.description()), m_dxList);
    item->setData(kCodeRole, entry.code);
    item->setToolTip(entry.description());
    m_message->clearMessage();
}

void RecodePanel::addService(const CodeEntry &entry)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto *code = new QTableWidgetItem(entry.code);
    code->setFlags(code->flags() & ~Qt::ItemIsEditable);
    code->setToolTip(entry.description());
    m_lines->setItem(row, ColCode, code);
    m_lines->setItem(row, ColModifiers, new QTableWidgetItem);
    m_lines->setItem(row, ColUnits, new QTableWidgetItem(QStringLiteral("1")));
    m_lines->setCurrentCell(row, ColModifiers);
    m_message->clearMessage();
}

void RecodePanel::removeCurrentDiagnosis()
{
    const int row = m_dxList->currentRow();
    if (row >= 0)
        delete m_dxList->takeItem(row);
}

void RecodePanel::removeCurrentService()
{
    const int row = m_lines->currentRow();
    if (row >= 0)
        m_lines->removeRow(row);
}

QStringList RecodePanel::diagnoses() const
{
    QStringList out;
    for (int i = 0; i < m_dxList->count(); ++i)
        out.append(m_dxList->item(i)->data(kCodeRole).toString());
    return out;
}

QList<RecodeServiceLine> RecodePanel::services() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QList<RecodeServiceLine> out;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        auto text = [&](int c) {
            return m_lines->item(r, c) ? m_lines->item(r, c)->text().trimmed() : QString();
        };
        RecodeServiceLine l;
        l.code = text(ColCode);
        l.modifiers = text(ColModifiers).toUpper().split(separators, Qt::SkipEmptyParts);
        bool ok = false;
        l.units = text(ColUnits).toInt(&ok);
        if (!ok)
            l.units = 0; // refused by the service with the line named
        out.append(l);
    }
    return out;
}

bool RecodePanel::save()
{
    if (m_case.itemId == 0) {
        m_message->showMessage(InlineMessage::Severity::Info,
                               tr("Choose an encounter to recode first."));
        return false;
    }
    // A cell still being edited holds the value the auditor sees: moving the focus off its
    // editor commits it.
    if (QWidget *focus = QApplication::focusWidget();
        focus && m_lines->viewport()->isAncestorOf(focus))
        m_lines->setFocus();
    auto saved = m_audits.submitRecode(m_session, m_case.itemId, m_case.version, diagnoses(),
                                       services(), m_auditorNote->text());
    if (!saved) {
        m_message->showError(tr("Save recode"), saved.error());
        return false;
    }
    const qint64 id = m_case.itemId;
    clear();
    const QString text = tr("Recode saved: %1 of %2 code lines agree with the coder's.")
                                 .arg(saved->agreedLines)
                                 .arg(saved->auditedLines);
    m_message->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    emit recodeSaved(id);
    return true;
}

bool RecodePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            if (watched == m_dxList) {
                removeCurrentDiagnosis();
                return true;
            }
            if (watched == m_lines) { // while a cell is edited, its editor gets the keys
                removeCurrentService();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cc
