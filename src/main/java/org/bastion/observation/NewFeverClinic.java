package org.bastion.observation;

/**
 * A fever clinic as HQ adds it, as typed: the service checks every field and names each one refused.
 *
 * @param jurisdictionCode the area it serves (a township, or the county for a county hospital's clinic)
 * @param clientId the submission's id, so that a form sent twice adds one clinic
 */
record NewFeverClinic(String name, String address, String phone, String jurisdictionCode, String clientId) {
}
