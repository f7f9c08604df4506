/**
 * @veranderlogica/ui — React components for a veranderlogica. Import the
 * styles once: `import '@xyflow/react/dist/style.css'; import '@veranderlogica/ui/styles.css';`
 */
export { CardNode, DETAIL_ZOOM } from './components/CardNode.js';
export { CoverageView } from './components/CoverageView.js';
export type { CoverageViewProps } from './components/CoverageView.js';
export { FactsPanel } from './components/FactsPanel.js';
export type { FactsPanelProps } from './components/FactsPanel.js';
export { NetworkPicture } from './components/NetworkPicture.js';
export type { NetworkPictureProps } from './components/NetworkPicture.js';
export { ParkingLot } from './components/ParkingLot.js';
export type { ParkingLotProps } from './components/ParkingLot.js';
export { QuickCapture } from './components/QuickCapture.js';
export type { CaptureFields, CaptureLink, QuickCaptureProps } from './components/QuickCapture.js';
export { formatClock, RoundTimer } from './components/RoundTimer.js';
export type { RoundTimerProps } from './components/RoundTimer.js';
export { IDEA_DRAG_TYPE, IdeasLane } from './components/IdeasLane.js';
export type { IdeasLaneProps } from './components/IdeasLane.js';
export { SelectionEditor } from './components/SelectionEditor.js';
export type { SelectionEditorProps } from './components/SelectionEditor.js';
export { VotingBoard } from './components/VotingBoard.js';
export type { VotingBoardProps } from './components/VotingBoard.js';
export { ParticipantScreen } from './components/ParticipantScreen.js';
export type { ParticipantScreenProps } from './components/ParticipantScreen.js';
export { RoomBanner } from './components/RoomBanner.js';
export type { RoomBannerProps } from './components/RoomBanner.js';
export { PresenterScreen } from './components/PresenterScreen.js';
export type { PresenterScreenProps } from './components/PresenterScreen.js';
export { RoomPanel } from './components/RoomPanel.js';
export type { RoomPanelProps, RoomPerson } from './components/RoomPanel.js';
export { VotingPanel } from './components/VotingPanel.js';
export type { VotingPanelProps } from './components/VotingPanel.js';
export { WorkshopStepper } from './components/WorkshopStepper.js';
export type { WorkshopStepperProps } from './components/WorkshopStepper.js';

export { ConnectionEdge, EdgeMarkers } from './components/ConnectionEdge.js';
export { CheckboxField, CheckListField, ListField, SelectField, TextField, vocabularyOptions } from './components/fields.js';
export type { FieldError } from './components/fields.js';
export { Inspector } from './components/Inspector.js';
export { MeasurementTable, ProgressChart, ProgressMark } from './components/Progress.js';
export type { MeasurementTableProps } from './components/Progress.js';
export { IndicatorsView } from './components/IndicatorsView.js';
export type { IndicatorsViewProps } from './components/IndicatorsView.js';
export { ImportPreview } from './components/ImportPreview.js';
export type { ImportPreviewProps } from './components/ImportPreview.js';
export { ComparePanel } from './components/ComparePanel.js';
export type { ComparePanelProps } from './components/ComparePanel.js';
export { ReviewPanel } from './components/ReviewPanel.js';
export type { ReviewPanelProps } from './components/ReviewPanel.js';
export { ReviewRounds } from './components/ReviewRounds.js';
export { ReviewerScreen } from './components/ReviewerScreen.js';
export { RegionView } from './components/RegionView.js';
export type { RegionViewProps } from './components/RegionView.js';
export type { ParentPlan } from './components/inspector/ParentCardsField.js';
export type { ReviewerScreenProps } from './components/ReviewerScreen.js';
export type { ReviewLink, ReviewRoundsProps } from './components/ReviewRounds.js';
export type { ApplyChange, InspectorProps } from './components/Inspector.js';
export { KindIcon } from './components/KindIcon.js';
export { BAND_FIT_PADDING, LayerBands } from './components/LayerBands.js';
export type { BandGuide, GroupGuideLabel, LayerBandsProps } from './components/LayerBands.js';
export { Legend } from './components/Legend.js';
export { Outline } from './components/Outline.js';
export type { OutlineProps } from './components/Outline.js';
export { Palette } from './components/Palette.js';
export { GroupManager } from './components/GroupManager.js';
export type { GroupManagerProps } from './components/GroupManager.js';
export { ItemList } from './components/ItemList.js';
export type { ItemListProps } from './components/ItemList.js';
export { SourceManager } from './components/SourceManager.js';
export type { SourceManagerProps } from './components/SourceManager.js';
export { PartnerManager } from './components/PartnerManager.js';
export type { PartnerManagerProps } from './components/PartnerManager.js';
export { TargetGroupManager } from './components/TargetGroupManager.js';
export type { TargetGroupManagerProps } from './components/TargetGroupManager.js';
export { ActionButton, Toolbar } from './components/Toolbar.js';
export type { ToolbarAction, ToolbarEntry, ToolbarProps } from './components/Toolbar.js';
export { ValidationPanel } from './components/ValidationPanel.js';
export type { ValidationPanelProps } from './components/ValidationPanel.js';
export { EDGE_TYPES, NODE_TYPES, VeranderlogicaViewer } from './components/Viewer.js';
export type { VeranderlogicaViewerProps } from './components/Viewer.js';
export { flowAriaLabels } from './flow/aria-labels.js';
export { HANDLE_HIT_PX, HandleHitArea } from './flow/handle-hit-area.js';
export { CARD_BEFORE_MEASURED } from './flow/card-size.js';
export { createFlowMapper, fallbackPositions } from './flow/to-flow.js';
export { useMeasuredSizes } from './flow/use-measured-sizes.js';
export type {
  CardData,
  CoEditor,
  CardNode as CardFlowNode,
  ConnectionEdge as ConnectionFlowEdge,
  FlowState,
  Route,
} from './flow/to-flow.js';
export { DICTIONARIES } from './i18n/messages.js';
export type { MessageKey, Messages } from './i18n/messages.js';
export { coreLanguage, createTranslator, LanguageProvider, localize, nextLanguage, useTranslation } from './i18n/translate.js';
export { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalize } from './i18n/pseudo.js';
export { hyphenated, loadHyphenation, useHyphenated } from './hyphenate.js';
export type { InterfaceLanguage, Translate } from './i18n/translate.js';
