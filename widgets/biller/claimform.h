// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"
#include "storage/records.h"

#include <QColor>
#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTableView;

namespace cc {

class ClaimEventModel;
class ClaimLineModel;
class ClaimService;

/**
 * One claim laid out as on a CMS-1500: payer and insured, patient, claim, diagnoses (box 21),
 * service lines (box 24) and providers, under a one-line header and above the scrubber's
 * findings and the claim's history. Beside each value a small caption says where it came
 * from (ClaimRecord::sources). What follows the practice's records is shown read-only; the
 * fields of ClaimEdit (coverage, rendering provider, place of service, prior authorization,
 * diagnoses and lines) are editors, enabled only while the claim may still change.
 *
 * The form holds the edit; it never stores anything. Every change emits edited(), and the
 * owner previews the claim and hands the result back with showPreview().
 */
class ClaimForm : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimForm(ClaimService &claims, QWidget *parent = nullptr);

    void setProviders(const QList<ProviderRecord> &providers);
    /// Shows @p claim with @p coverages to choose from; editors are enabled when @p editable.
    void setClaim(const ClaimRecord &claim, const QList<CoverageOption> &coverages,
                  bool editable);
    /// Refreshes what follows the records (payer, insured, providers, sources, total) from a
    /// preview of the edit, leaving the editors as the biller left them.
    void showPreview(const ClaimRecord &preview);
    void clear();

    /// The claim as the editors hold it, with the version it was loaded at.
    ClaimEdit edit() const;
    bool isEditable() const { return m_editable; }
    /// Moves the focus to the first editor (or the lines when nothing is editable).
    void focusFirstField();
    /// Marks the header "changed, not saved".
    void setModified(bool modified);
    /// The finding selected in the findings list, if any.
    std::optional<StoredFinding> selectedFinding() const;

signals:
    /// The biller changed a field.
    void edited();
    void findingSelected();
    /// A value the biller typed was not taken (e.g. "Units must be a whole number from 1").
    void inputRefused(const QString &text);

private:
    void buildUi();
    QGroupBox *group(const QString &title, QFormLayout **form);
    /// Adds a row of @p label with @p value and, below it, a grey source caption.
    QLabel *addRow(QFormLayout *form, const QString &label, QWidget *value,
                   const QString &sourceName = {});
    QLabel *valueLabel(const QString &objectName);
    /// A read-only value with its label (and source caption) in @p form.
    QLabel *valueRow(QFormLayout *form, const QString &label, const QString &objectName,
                     const QString &sourceName = {});
    QPushButton *button(const QString &text, const QString &objectName, const QString &toolTip);
    /// A small grey caption saying where the value of claimfield @p sourceName came from.
    QLabel *sourceCaption(const QString &sourceName);
    void showDocument(const ClaimRecord &claim);
    void setSource(QLabel *caption, const QString &text);
    void addLine();
    void removeLine();
    void renumberDiagnoses();
    void addDiagnosis();
    void removeDiagnosis();
    void moveDiagnosis(int delta);
    void updateTotal();
    void updateHeader();
    void showFindings(const QList<StoredFinding> &findings);
    void showEvents(const QList<ClaimEvent> &events);
    void updateEditors();
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ClaimService &m_claims;
    ClaimRecord m_record;
    QStringList m_diagnoses;
    bool m_editable = false;
    bool m_loading = false;
    bool m_modified = false;
    QList<StoredFinding> m_findings;
    QColor m_captionColor;

    // Payer and insured
    QComboBox *m_coverage = nullptr;
    QLabel *m_payer = nullptr;
    QLabel *m_memberId = nullptr;
    QLabel *m_insured = nullptr;
    QLabel *m_insuredBirth = nullptr;
    QLabel *m_insuredAddress = nullptr;
    QLabel *m_relationship = nullptr;
    // Patient
    QLabel *m_patient = nullptr;
    QLabel *m_patientBirth = nullptr;
    QLabel *m_patientAddress = nullptr;
    // Claim
    QLabel *m_controlNumber = nullptr;
    QLabel *m_frequency = nullptr;
    QLabel *m_original = nullptr;
    QLabel *m_originalLabel = nullptr;
    QLabel *m_payerClaimNumber = nullptr;
    QComboBox *m_placeOfService = nullptr;
    QLineEdit *m_priorAuth = nullptr;
    QLabel *m_total = nullptr;
    // Diagnoses
    QListWidget *m_dxList = nullptr;
    QLineEdit *m_dxInput = nullptr;
    QPushButton *m_dxAdd = nullptr;
    QPushButton *m_dxRemove = nullptr;
    QToolButton *m_dxUp = nullptr;
    QToolButton *m_dxDown = nullptr;
    // Service lines
    ClaimLineModel *m_lineModel = nullptr;
    QTableView *m_lineTable = nullptr;
    QPushButton *m_lineAdd = nullptr;
    QPushButton *m_lineRemove = nullptr;
    // Providers
    QLabel *m_billing = nullptr;
    QLabel *m_billingIds = nullptr;
    QLabel *m_billingAddress = nullptr;
    QComboBox *m_rendering = nullptr;

    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_findingList = nullptr;
    ClaimEventModel *m_eventModel = nullptr;
    QTableView *m_events = nullptr;
    QHash<QString, QLabel *> m_sources; ///< claimfield key → caption
};

} // namespace cc
