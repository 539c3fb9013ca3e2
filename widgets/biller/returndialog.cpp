// SPDX-License-Identifier: GPL-3.0-or-later
#include "returndialog.h"
#include "domain/handoff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

ReturnDialog::ReturnDialog(const QString &patient, const QString &suggested, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return to the coder"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The encounter of %1 goes back to the top of the coders' "
                                "queue with your reason.")
                                     .arg(patient.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("returnReasonCombo"));
    for (const QString &key : returnreasons::keys())
        m_reason->addItem(returnreasons::displayName(key), key);
    if (const int i = m_reason->findData(suggested); i >= 0)
        m_reason->setCurrentIndex(i);
    form->addRow(tr("&Reason:"), m_reason);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("returnReasonText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What should the coder change? e.g. \"82947 needs a diabetes "
                                  "diagnosis or a query to Dr. Okafor\""));
    m_text->setMaximumHeight(90);
    form->addRow(tr("&Details:"), m_text);
    layout->addLayout(form);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("returnProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&turn"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReturnDialog::reject);
    m_text->setFocus();
}

QString ReturnDialog::reasonKey() const
{
    return m_reason->currentData().toString();
}

QString ReturnDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void ReturnDialog::accept()
{
    if (reasonKey() == QLatin1String("other") && text().isEmpty()) {
        m_problem->setText(tr("Say what the coder should change: \"Other\" needs a few words."));
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cc
