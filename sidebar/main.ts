// Placeholder until the sidebar issue: shows the state the server returns, as text only.
const app = document.getElementById('app') as HTMLElement;
app.textContent = 'Báo cáo Hội LHPN';
