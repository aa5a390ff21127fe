package extract

import "testing"

// TestApposedRoles: a role set off beside a name links the person to the
// role's owner, and to whom the role is towards, by the role's words.
func TestApposedRoles(t *testing.T) {
	checkOpen(t, []openCase{
		{"the role after the person", "Ayatollah Ali Khamenei, Iran's senior Shiite negotiator, spoke.", []string{
			"ali-khamenei says/senior-shiite-negotiator-of iran"}},
		{"a role towards a third", "Iraq's ambassador to Syria, Qasem Soleimani, spoke.", []string{
			"qasem-soleimani says/ambassador-of iraq", "qasem-soleimani says/ambassador-to syria"}},
		{"a kin role", "Trump's son, Qasem Soleimani, spoke.", []string{"qasem-soleimani says/son-of donald-trump"}},
		{"a founder before a relative clause", "Qasem Soleimani, the Kataib Hezbollah founder who rarely spoke, died.", []string{
			"qasem-soleimani says/founder-of kataib-hezbollah"}},
		{"a role without its person", "Iraq's ambassador to Syria spoke.", nil},
		{"no role word", "Ali Khamenei, Iran's oldest friend, spoke.", nil},
	})
}
